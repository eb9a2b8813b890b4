briefingSearch.terms("ta",{"tank":[1,5]});
