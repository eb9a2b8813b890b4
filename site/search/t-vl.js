briefingSearch.terms("vl",{"vladimir":[0,1]});
