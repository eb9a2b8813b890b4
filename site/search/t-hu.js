briefingSearch.terms("hu",{"hundreds":[1,2]});
