briefingSearch.terms("eq",{"equipment":[1,1]});
