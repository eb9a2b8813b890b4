briefingSearch.terms("ta",{"taken":[1,1],"tank":[1,5]});
