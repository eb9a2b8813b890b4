briefingSearch.terms("ti",{"ties":[0,1,1,5]});
