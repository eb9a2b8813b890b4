briefingSearch.terms("yo",{"yong":[1,4]});
