briefingSearch.terms("gy",{"gyu":[0,4]});
