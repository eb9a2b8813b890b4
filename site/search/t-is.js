briefingSearch.terms("is",{"isolate":[1,1]});
