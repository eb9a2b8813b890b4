briefingSearch.terms("do",{"donald":[1,1]});
