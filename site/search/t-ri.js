briefingSearch.terms("ri",{"risk":[1,1]});
