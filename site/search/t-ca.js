briefingSearch.terms("ca",{"called":[1,1],"capabilities":[0,1],"carrying":[1,2]});
