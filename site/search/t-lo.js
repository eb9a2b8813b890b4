briefingSearch.terms("lo",{"location":[1,1]});
