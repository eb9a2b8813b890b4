briefingSearch.terms("on",{"only":[0,1]});
