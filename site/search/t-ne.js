briefingSearch.terms("ne",{"needs":[1,1]});
