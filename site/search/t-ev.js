briefingSearch.terms("ev",{"evolving":[0,1]});
