briefingSearch.terms("up",{"upon":[1,1]});
