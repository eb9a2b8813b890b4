briefingSearch.terms("ph",{"photo":[0,1],"photographs":[0,1]});
