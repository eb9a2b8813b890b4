briefingSearch.terms("no",{"north":[0,2,1,5],"noted":[1,1],"nov":[0,1]});
