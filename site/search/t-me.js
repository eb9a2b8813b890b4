briefingSearch.terms("me",{"media":[0,1]});
