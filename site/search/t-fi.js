briefingSearch.terms("fi",{"firm":[0,2]});
