briefingSearch.terms("28",{"28":[1,1]});
