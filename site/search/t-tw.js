briefingSearch.terms("tw",{"two":[1,2]});
