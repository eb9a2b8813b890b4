briefingSearch.terms("so",{"so":[1,1],"some":[1,1],"south":[0,5,1,1]});
