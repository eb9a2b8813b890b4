briefingSearch.terms("cl",{"close":[0,1]});
