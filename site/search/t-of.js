briefingSearch.terms("of",{"officials":[1,1]});
