briefingSearch.terms("ha",{"han":[1,4]});
