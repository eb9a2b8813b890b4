briefingSearch.terms("gl",{"global":[0,2]});
