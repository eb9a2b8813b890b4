briefingSearch.terms("ky",{"kyung":[1,3]});
