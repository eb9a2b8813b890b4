briefingSearch.terms("hi",{"high":[0,1]});
