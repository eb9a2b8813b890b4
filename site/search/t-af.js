briefingSearch.terms("af",{"after":[0,1,1,2]});
