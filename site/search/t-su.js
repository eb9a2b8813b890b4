briefingSearch.terms("su",{"submarine":[0,1],"such":[1,1],"supplies":[1,2],"support":[0,1,1,1],"supporting":[1,2],"surface":[1,1],"surrounding":[0,5],"survival":[1,2]});
