briefingSearch.terms("am",{"ambitions":[0,1],"ammunition":[1,1]});
