briefingSearch.terms("at",{"attempt":[1,1]});
