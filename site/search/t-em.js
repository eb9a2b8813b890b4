briefingSearch.terms("em",{"emphasizing":[0,1]});
