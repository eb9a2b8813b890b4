briefingSearch.terms("pi",{"picture":[1,1]});
