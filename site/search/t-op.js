briefingSearch.terms("op",{"operations":[1,1]});
