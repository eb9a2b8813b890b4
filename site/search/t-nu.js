briefingSearch.terms("nu",{"nuclear":[0,1,1,1]});
