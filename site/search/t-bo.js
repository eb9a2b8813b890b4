briefingSearch.terms("bo",{"bolster":[1,5]});
