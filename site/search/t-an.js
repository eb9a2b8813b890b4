briefingSearch.terms("an",{"analyses":[1,1],"anxiety":[0,1],"any":[0,2]});
