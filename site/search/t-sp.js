briefingSearch.terms("sp",{"speaking":[0,1]});
