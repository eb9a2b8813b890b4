briefingSearch.terms("la",{"landscape":[0,1],"large":[0,1],"last":[0,1,1,1],"later":[1,1],"latest":[1,2]});
