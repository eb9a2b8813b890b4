briefingSearch.terms("ph",{"photographs":[0,1]});
