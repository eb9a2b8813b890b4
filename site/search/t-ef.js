briefingSearch.terms("ef",{"effect":[1,1]});
