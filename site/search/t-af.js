briefingSearch.terms("af",{"after":[1,2]});
