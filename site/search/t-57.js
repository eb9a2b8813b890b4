briefingSearch.terms("57",{"57th":[0,1]});
