briefingSearch.terms("ai",{"aid":[1,2],"air":[1,1]});
