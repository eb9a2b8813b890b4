briefingSearch.terms("70",{"700":[0,1]});
