briefingSearch.terms("15",{"15":[0,2]});
