briefingSearch.terms("me",{"media":[0,1],"meeting":[0,1]});
