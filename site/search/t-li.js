briefingSearch.terms("li",{"limited":[1,1]});
