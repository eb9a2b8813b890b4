briefingSearch.terms("mu",{"must":[0,2,1,2],"mutual":[0,2]});
